package dev.tablesmith.it.binds;

import dev.tablesmith.Model;

/** A model that names no bind: it lives in {@code auth}, the bind of its abstract base {@link AuthEntity}. */
@Model
public class Credential extends AuthEntity {
    String secretHash;

    public Credential() {
    }

    public Credential(String name, String secretHash) {
        this.name = name;
        this.secretHash = secretHash;
    }

    public String getSecretHash() {
        return secretHash;
    }
}
