package dev.baton.deals.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.baton.deals.Deal;
import dev.baton.deals.Deals;
import dev.baton.deals.NewDeal;
import dev.baton.deals.Pipeline;
import dev.baton.platform.api.InvalidInputException;
import dev.baton.platform.api.NotFoundException;

@Service
class DealsFacade implements Deals {

    private final DealReader reader;
    private final DealBook book;
    private final Pipelines pipelines;

    DealsFacade(DealReader reader, DealBook book, Pipelines pipelines) {
        this.reader = reader;
        this.book = book;
        this.pipelines = pipelines;
    }

    @Override
    public Optional<Deal> deal(UUID id) {
        return reader.find(id);
    }

    @Override
    public List<Pipeline> pipelines() {
        return pipelines.all();
    }

    @Override
    public Deal open(NewDeal deal) {
        Pipeline pipeline = pipelines.all().stream().filter(p -> named(p, deal.pipeline())).findFirst()
                .orElseThrow(() -> new InvalidInputException("pipeline", deal.pipeline(), "is not a pipeline: use one of "
                        + String.join(", ", pipelines.all().stream().map(Pipeline::name).toList())));
        List<Deal.DealPerson> people = deal.person() == null ? List.of() : List.of(new Deal.DealPerson(deal.person(), null, null));
        return book.create(new DealBook.DealSpec(pipeline.id(), deal.stage(), deal.name(), deal.amount(), null, null, deal.owner(),
                deal.organisation(), people, List.of(), Map.of()));
    }

    /** "New business" answers to its name in any letter case and to new-business. */
    private static boolean named(Pipeline pipeline, String name) {
        if (name == null) {
            return false;
        }
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        String own = pipeline.name().trim().toLowerCase(Locale.ROOT);
        return own.equals(wanted) || own.replaceAll("[^a-z0-9]+", "-").equals(wanted);
    }

    @Override
    public Deal setField(UUID id, String field, String value) {
        Deal deal = reader.find(id).orElseThrow(() -> new NotFoundException("deal", id));
        String name = field == null ? "" : field.startsWith("deal.") ? field.substring("deal.".length()) : field;
        String text = value == null || value.isBlank() ? null : value.strip();
        if ("stage".equals(name)) {
            return book.move(id, text, null, null);
        }
        Map<String, Object> custom = new HashMap<>(deal.custom());
        String dealName = deal.name();
        BigDecimal amount = deal.amount();
        LocalDate close = deal.expectedClose();
        try {
            switch (name) {
                case "name" -> dealName = Optional.ofNullable(text)
                        .orElseThrow(() -> new InvalidInputException("value", value, "a deal needs a name"));
                case "amount" -> amount = text == null ? null : new BigDecimal(text);
                case "close" -> close = text == null ? null : LocalDate.parse(text);
                default -> {
                    if (!name.startsWith("custom.")) {
                        throw new InvalidInputException("field", field, "a process can set deal.name, deal.amount, deal.close, "
                                + "deal.stage or deal.custom.<key>");
                    }
                    custom.put(name.substring("custom.".length()), text);
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidInputException("value", value, "amount".equals(name) ? "must be a number" : "must be a date written yyyy-mm-dd");
        }
        custom.values().removeIf(java.util.Objects::isNull);
        return book.update(id, new DealBook.DealSpec(deal.pipeline(), deal.stage(), dealName, amount, deal.currency(), close,
                deal.owner(), deal.organisation(), deal.people(), deal.lineItems(), custom), null);
    }
}
