package dev.tablesmith.it.dao;

import dev.tablesmith.Id;
import dev.tablesmith.Index;
import dev.tablesmith.Model;

/**
 * A record with a composite unique index: a member belongs to a team once, and is looked up by both.
 *
 * @param id     the generated id
 * @param team   the team's name
 * @param member the member's name
 * @param role   the member's role in the team
 */
@Model
@Index(columns = {"team", "member"}, unique = true)
public record Membership(@Id Long id, String team, String member, String role) {
}
