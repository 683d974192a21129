package city.platform.ingest;

import city.platform.rest.Problem;
import city.platform.rest.ProblemException;
import city.platform.rest.StrictJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a device batch, a JSON array or NDJSON (one JSON object per line), into typed items, and validates each.
 * A batch with any bad item is refused whole: the 400 problem names every bad item by its index
 * ({@code [3].occupied}), so that the device can fix and resend it.
 */
@ApplicationScoped
public class BatchReader {

    public static final String NDJSON = "application/x-ndjson";
    private static final int MAX_ERRORS = 100;

    private final ObjectMapper json;
    private final Validator validator;

    BatchReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * The items of a batch (null where an item could not be read) and what is wrong with them so far; the caller
     * adds its own checks and then calls {@link Batch#orRefuse}.
     */
    public record Batch<T>(List<T> items, List<Problem.FieldError> errors) {

        /** The items, or a 400 problem naming every bad item when there is one. */
        public List<T> orRefuse() {
            if (!errors.isEmpty()) {
                List<Problem.FieldError> named = errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors;
                throw new ProblemException(Response.Status.BAD_REQUEST, "Some items are invalid.", named);
            }
            return items;
        }
    }

    public <T> Batch<T> read(String body, boolean ndjson, Class<T> type, int maxItems) {
        if (!ndjson) {
            Batch<T> fast = readWhole(body, type, maxItems);
            if (fast != null) {
                return fast;
            }
        }
        List<JsonNode> nodes = new ArrayList<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (body == null || body.isBlank()) {
            throw ProblemException.invalidField("", "the batch is empty");
        }
        if (ndjson) {
            String[] lines = body.split("\r?\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                try {
                    nodes.add(json.readTree(lines[i]));
                } catch (JsonProcessingException e) {
                    errors.add(new Problem.FieldError("line " + (i + 1), "not valid JSON"));
                    nodes.add(null);
                }
            }
        } else {
            JsonNode root;
            try {
                root = json.readTree(body);
            } catch (JsonProcessingException e) {
                throw ProblemException.invalidField("", "not valid JSON: " + e.getOriginalMessage());
            }
            if (root == null || !root.isArray()) {
                throw ProblemException.invalidField("", "must be a JSON array of items (or NDJSON)");
            }
            root.forEach(nodes::add);
        }
        if (nodes.isEmpty()) {
            throw ProblemException.invalidField("", "the batch is empty");
        }
        if (nodes.size() > maxItems) {
            throw ProblemException.invalidField("", "at most " + maxItems + " items per batch");
        }
        List<T> items = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size() && errors.size() < MAX_ERRORS; i++) {
            JsonNode node = nodes.get(i);
            if (node == null) {
                items.add(null);
                continue;
            }
            if (!node.isObject()) {
                errors.add(new Problem.FieldError("[" + i + "]", "must be a JSON object"));
                items.add(null);
                continue;
            }
            try {
                T item = json.treeToValue(node, type);
                List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(item));
                violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
                for (ConstraintViolation<T> v : violations) {
                    errors.add(new Problem.FieldError("[" + i + "]." + v.getPropertyPath(), v.getMessage()));
                }
                items.add(item);
            } catch (InvalidFormatException e) {
                errors.add(new Problem.FieldError(
                        "[" + i + "]." + path(e),
                        e instanceof StrictJson.ForbiddenCharacter ? e.getOriginalMessage() : "has the wrong format"));
                items.add(null);
            } catch (MismatchedInputException e) {
                errors.add(new Problem.FieldError("[" + i + "]." + path(e), "has the wrong type"));
                items.add(null);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.add(new Problem.FieldError("[" + i + "]", "cannot be read"));
                items.add(null);
            }
        }
        return new Batch<>(items, errors);
    }

    /**
     * The fast path for a JSON array that reads as a whole: straight into the items, without a tree in between (half
     * the parsing work at 100,000 readings a second). Null when it does not read, or has too many or no items: the
     * careful path then names what is wrong, item by item.
     */
    private <T> Batch<T> readWhole(String body, Class<T> type, int maxItems) {
        if (body == null || body.isBlank()) {
            return null;
        }
        List<T> items;
        try {
            items = json.readValue(body, json.getTypeFactory().constructCollectionType(ArrayList.class, type));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
        if (items == null || items.isEmpty() || items.size() > maxItems || items.contains(null)) {
            return null;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size() && errors.size() < MAX_ERRORS; i++) {
            T item = items.get(i);
            List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(item));
            violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
            for (ConstraintViolation<T> v : violations) {
                errors.add(new Problem.FieldError("[" + i + "]." + v.getPropertyPath(), v.getMessage()));
            }
        }
        return new Batch<>(items, errors);
    }

    private static String path(MismatchedInputException e) {
        StringBuilder p = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                p.append(p.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                p.append('[').append(ref.getIndex()).append(']');
            }
        }
        return p.toString();
    }

    /** Adds an error found after reading, such as an unknown device, with the item's index. */
    public static Problem.FieldError itemError(int index, String field, String message) {
        return new Problem.FieldError("[" + index + "]" + (field.isEmpty() ? "" : "." + field), message);
    }
}
