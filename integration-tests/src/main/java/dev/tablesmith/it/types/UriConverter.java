package dev.tablesmith.it.types;

import java.net.URI;
import org.jooq.Converter;

/** Stores a {@link URI} as its text; package-private, as a converter used only by models of its package may be. */
final class UriConverter implements Converter<String, URI> {
    private static final long serialVersionUID = 1L;

    @Override
    public URI from(String text) {
        return URI.create(text);
    }

    @Override
    public String to(URI uri) {
        return uri.toString();
    }

    @Override
    public Class<String> fromType() {
        return String.class;
    }

    @Override
    public Class<URI> toType() {
        return URI.class;
    }
}
