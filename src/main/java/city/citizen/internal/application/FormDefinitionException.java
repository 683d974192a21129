package city.citizen.internal.application;

import java.util.List;

/** A form definition that cannot be published, with every mistake found. */
public class FormDefinitionException extends RuntimeException {

    private final transient List<FormProblem> problems;

    public FormDefinitionException(List<FormProblem> problems) {
        super("The form definition has " + problems.size() + " mistake(s).");
        this.problems = List.copyOf(problems);
    }

    public List<FormProblem> problems() {
        return problems;
    }
}
