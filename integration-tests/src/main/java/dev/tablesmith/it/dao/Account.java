package dev.tablesmith.it.dao;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;
import dev.tablesmith.Version;

/** A mutable model guarded by optimistic locking: concurrent edits of a balance must not silently overwrite. */
@Model
public class Account {
    @Id
    Long id;

    @Column(unique = true, nullable = false, length = 40)
    String owner;

    long balance;

    @Version
    long version;

    public Account() {
    }

    public Account(String owner, long balance) {
        this.owner = owner;
        this.balance = balance;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public long getBalance() {
        return balance;
    }

    public void setBalance(long balance) {
        this.balance = balance;
    }

    public long getVersion() {
        return version;
    }
}
