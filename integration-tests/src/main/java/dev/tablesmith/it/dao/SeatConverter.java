package dev.tablesmith.it.dao;

import org.jooq.Converter;

/** Stores a {@link Seat} as its code, and refuses a seat without one: a converter that throws while a batch is bound. */
final class SeatConverter implements Converter<String, Seat> {
    private static final long serialVersionUID = 1L;

    @Override
    public Seat from(String code) {
        return new Seat(code);
    }

    @Override
    public String to(Seat seat) {
        if (seat.code().isBlank()) {
            throw new IllegalArgumentException("a seat needs a code");
        }
        return seat.code();
    }

    @Override
    public Class<String> fromType() {
        return String.class;
    }

    @Override
    public Class<Seat> toType() {
        return Seat.class;
    }
}
