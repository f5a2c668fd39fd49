package dev.tablesmith.it.types;

import java.math.BigDecimal;

/** A parcel's size: a class of columns set through its fields, embedded by {@link Shipment}. */
public class Dimensions {
    public Integer widthMm;
    public Integer heightMm;
    public BigDecimal weightKg;

    public Dimensions() {
    }

    public Dimensions(Integer widthMm, Integer heightMm, BigDecimal weightKg) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.weightKg = weightKg;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Dimensions that && java.util.Objects.equals(widthMm, that.widthMm)
                && java.util.Objects.equals(heightMm, that.heightMm)
                && (weightKg == null ? that.weightKg == null
                        : that.weightKg != null && weightKg.compareTo(that.weightKg) == 0);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(widthMm, heightMm);
    }
}
