package dev.tablesmith.it.dialect;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * One column of every supported type, primitive and boxed, to prove each survives a round trip on every database.
 * Its table is {@code group}, another reserved word.
 */
@Model(table = "group")
public class Sample {
    /** A state stored by name. */
    public enum Level {
        LOW,
        HIGH
    }

    @Id
    public Long id;
    public long primitiveLong;
    public int primitiveInt;
    public short primitiveShort;
    public boolean primitiveBoolean;
    public double primitiveDouble;
    public float primitiveFloat;
    public Long boxedLong;
    public Integer boxedInt;
    public Short boxedShort;
    public Boolean boxedBoolean;
    public Double boxedDouble;
    public Float boxedFloat;
    @Column(length = 1000)
    public String text;
    @Column(precision = 30, scale = 10)
    public BigDecimal amount;
    public Instant instant;
    public LocalDate date;
    public LocalDateTime dateTime;
    public UUID uuid;
    public byte[] bytes;
    public Level level;
}
