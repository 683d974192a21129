package city.citizen.internal.application;

import java.util.List;

/** What an application form asks: its fields in order, and the documents to upload. */
public record FormDefinition(List<FormField> fields, List<FormDocument> documents) {

    public FormDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
