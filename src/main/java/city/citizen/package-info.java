/**
 * The citizen portal: the catalogue of government services (browse, search, detail, and its upkeep by staff), and
 * later the citizens' applications, notifications and their "my city" view across modules.
 */
package city.citizen;
