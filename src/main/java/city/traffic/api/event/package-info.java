/** What the traffic module tells other modules happened, as past-tense records fired after the change is stored. */
package city.traffic.api.event;
