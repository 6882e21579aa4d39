package dev.baton.deals.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import dev.baton.deals.Deal;
import dev.baton.deals.Deals;

@Service
class DealsFacade implements Deals {

    private final DealReader reader;

    DealsFacade(DealReader reader) {
        this.reader = reader;
    }

    @Override
    public Optional<Deal> deal(UUID id) {
        return reader.find(id);
    }
}
