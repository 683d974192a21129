package city.simulation.rest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A scenario to upload: its names (one language at least) and its CityFlow documents, each either embedded as JSON
 * (the roadnet object, the flow array) or as a string holding the file's text.
 */
public record ScenarioUploadRequest(String nameZh, String nameEn, JsonNode roadnet, JsonNode flow) {

    static String text(JsonNode document) {
        if (document == null || document.isNull()) {
            return null;
        }
        return document.isTextual() ? document.asText() : document.toString();
    }
}
