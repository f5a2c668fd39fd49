package com.example;

import dev.tablesmith.AbstractDao;
import dev.tablesmith.Database;
import dev.tablesmith.generated.JdbcTypes;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jooq.Record;

/**
 * Typed data access for {@link Payment}. Every call runs in the session of the current context of the {@code Database}
 * given to the constructor; the instance is stateless and may be shared.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class PaymentDao extends AbstractDao<Payment, UUID> {
    public PaymentDao(Database database) {
        super(database, PaymentTable.PAYMENT);
    }

    @Override
    protected void bindInsert(PreparedStatement ps, JdbcTypes types, Payment entity, int first)
            throws SQLException {
        types.setUuid(ps, first, entity.getId());
        types.setBigDecimal(ps, first + 1, entity.getAmount(), 19, 4);
        types.setEnum(ps, first + 2, entity.getStatus());
    }

    @Override
    protected void bindUpdate(PreparedStatement ps, JdbcTypes types, Payment entity) throws
            SQLException {
        types.setBigDecimal(ps, 1, entity.getAmount(), 19, 4);
        types.setEnum(ps, 2, entity.getStatus());
        types.setUuid(ps, 3, entity.getId());
    }

    @Override
    protected void bindId(PreparedStatement ps, JdbcTypes types, int index, UUID id) throws
            SQLException {
        types.setUuid(ps, index, id);
    }

    @Override
    protected Payment map(ResultSet rs, JdbcTypes types) throws SQLException {
        return new Payment(
                    types.getUuid(rs, 1),
                    types.getBigDecimal(rs, 2),
                    types.getEnum(rs, 3, Payment.Status::valueOf));
    }

    @Override
    protected UUID idOf(Payment entity) {
        return entity.getId();
    }

    @Override
    public Payment fromRecord(Record record) {
        Object[] values = values(record);
        return new Payment(
                    (UUID) values[0],
                    (BigDecimal) values[1],
                    (Payment.Status) values[2]);
    }

    @Override
    public Record toRecord(Payment entity) {
        return record(
                    entity.getId(),
                    entity.getAmount(),
                    entity.getStatus());
    }
}
