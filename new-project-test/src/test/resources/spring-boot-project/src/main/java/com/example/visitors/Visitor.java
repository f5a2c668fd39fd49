package com.example.visitors;

import dev.tablesmith.Column;
import dev.tablesmith.Id;
import dev.tablesmith.Model;

@Model
public record Visitor(@Id Long id, @Column(nullable = false) String name) {
}
