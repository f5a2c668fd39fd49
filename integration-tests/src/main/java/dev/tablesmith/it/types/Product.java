package dev.tablesmith.it.types;

import dev.tablesmith.Column;
import dev.tablesmith.Convert;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import java.net.URI;

/** Columns of types Tablesmith does not know, stored through {@code @Convert} converters. */
@Model
public record Product(
        @Id Long id,
        String name,
        @Convert(MoneyConverter.class) @Column(precision = 12, scale = 2, nullable = false) Money price,
        @Convert(UriConverter.class) @Column(unique = true, length = 200) URI homepage) {
}
