package dev.tablesmith.it.binds;

import dev.tablesmith.Model;

/**
 * A subclass of the model {@link Principal} that names no bind: its own table ({@code service_principal}, with the
 * inherited columns) lives in {@code auth} too, as a Flask-SQLAlchemy subclass inherits {@code __bind_key__}.
 */
@Model
public class ServicePrincipal extends Principal {
    String scope;

    public ServicePrincipal() {
    }

    public ServicePrincipal(String name, String scope) {
        this.name = name;
        this.scope = scope;
    }

    public String getScope() {
        return scope;
    }
}
