package dev.tablesmith.it.types;

import java.math.BigDecimal;
import org.jooq.Converter;

/** Stores {@link Money} as a decimal amount with two digits after the point. */
public final class MoneyConverter implements Converter<BigDecimal, Money> {
    private static final long serialVersionUID = 1L;

    @Override
    public Money from(BigDecimal amount) {
        return new Money(amount.movePointRight(2).longValueExact());
    }

    @Override
    public BigDecimal to(Money money) {
        return BigDecimal.valueOf(money.cents(), 2);
    }

    @Override
    public Class<BigDecimal> fromType() {
        return BigDecimal.class;
    }

    @Override
    public Class<Money> toType() {
        return Money.class;
    }
}
