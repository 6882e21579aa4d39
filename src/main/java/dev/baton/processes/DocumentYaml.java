package dev.baton.processes;

import dev.baton.platform.api.FieldProblem;
import dev.baton.platform.api.InvalidInputException;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The readable form of a process document: YAML with the fields in a fixed order and empty ones left
 * out, so that writing a document read from its YAML gives the same text back.
 */
public final class DocumentYaml {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private DocumentYaml() {
    }

    /** Where in the document the problem is, as {@code steps[3].lane}, or "yaml" when it is in the text itself. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference at : e.getPath()) {
            if (at.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(at.getPropertyName());
            } else if (at.getIndex() >= 0) {
                path.append('[').append(at.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "yaml" : path.toString();
    }

    /**
     * The line of the element a binding problem is about. Jackson reports where its reader stood, which
     * for a record is often past the end of the mapping, so the path is followed in the YAML's own tree.
     */
    private static Optional<Integer> lineOf(String yaml, List<JacksonException.Reference> path) {
        if (path.isEmpty()) {
            return Optional.empty();
        }
        try {
            Node node = new Compose(LoadSettings.builder().build()).composeString(yaml).orElse(null);
            Node at = node;
            for (JacksonException.Reference step : path) {
                at = switch (node) {
                    case MappingNode mapping when step.getPropertyName() != null -> {
                        NodeTuple entry = mapping.getValue().stream()
                                .filter(t -> t.getKeyNode() instanceof ScalarNode key && key.getValue().equals(step.getPropertyName()))
                                .findFirst().orElse(null);
                        node = entry == null ? null : entry.getValueNode();
                        yield entry == null ? null : entry.getKeyNode();
                    }
                    case SequenceNode sequence when step.getIndex() >= 0 && step.getIndex() < sequence.getValue().size() -> {
                        node = sequence.getValue().get(step.getIndex());
                        yield node;
                    }
                    case null, default -> null;
                };
                if (at == null) {
                    return Optional.empty();
                }
            }
            return at.getStartMark().map(mark -> mark.getLine() + 1);
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    public static String write(ProcessDocument document) {
        return YAML.writeValueAsString(document);
    }

    /** Reads a document, or refuses the text naming the line and column of the problem. */
    public static ProcessDocument read(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("yaml", "", "the document is empty")));
        }
        try {
            ProcessDocument document = YAML.readValue(yaml, ProcessDocument.class);
            if (document == null) {
                throw new InvalidInputException(List.of(new FieldProblem("yaml", "", "the document is empty")));
            }
            return document;
        } catch (JacksonException e) {
            String where = lineOf(yaml, e.getPath()).map(line -> "line " + line + ": ").orElseGet(() -> {
                TokenStreamLocation at = e.getLocation();
                return at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
            });
            throw new InvalidInputException(List.of(new FieldProblem(path(e), "", where + e.getOriginalMessage())));
        }
    }
}
