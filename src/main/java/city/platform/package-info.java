/**
 * What every module shares and that holds no domain rule: start-up of local services, security helpers, the page
 * layout and i18n, problem responses, paging, and the clock. Platform depends on no domain module.
 */
package city.platform;
