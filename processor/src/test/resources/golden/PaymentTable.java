package com.example;

import dev.tablesmith.ModelTable;
import dev.tablesmith.generated.TableProvider;
import java.math.BigDecimal;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jooq.Record;
import org.jooq.TableField;
import org.jooq.UniqueKey;
import org.jooq.impl.EnumConverter;
import org.jooq.impl.SQLDataType;

/**
 * The {@code payment} table of {@link Payment}: a jOOQ table whose fields can be used in any jOOQ query.
 */
@Generated("dev.tablesmith.processor.TablesmithProcessor")
public final class PaymentTable extends ModelTable<Payment> {
    private static final long serialVersionUID = 1L;

    /**
     * The {@code payment} table.
     */
    public static final PaymentTable PAYMENT = new PaymentTable();

    /**
     * The {@code id} column ({@code id}).
     */
    public final TableField<Record, UUID> ID = column("id", SQLDataType.UUID.nullable(false));

    /**
     * The {@code amount} column ({@code amount}).
     */
    public final TableField<Record, BigDecimal> AMOUNT = column("amount", SQLDataType.DECIMAL(19, 4));

    /**
     * The {@code status} column ({@code status}).
     */
    public final TableField<Record, Payment.Status> STATUS = column("status", SQLDataType.VARCHAR(255).asConvertedDataType(new EnumConverter<>(String.class, Payment.Status.class)));

    private PaymentTable() {
        super("payment", Payment.class, "");
    }

    @Override
    public TableField<Record, UUID> idField() {
        return ID;
    }

    @Override
    public UniqueKey<Record> getPrimaryKey() {
        return primaryKey(ID);
    }

    /**
     * Registers {@link PaymentTable} for discovery by {@code Database.createAll()}.
     */
    public static final class Provider implements TableProvider {
        public Provider() {
        }

        @Override
        public ModelTable<?> table() {
            return PAYMENT;
        }
    }
}
