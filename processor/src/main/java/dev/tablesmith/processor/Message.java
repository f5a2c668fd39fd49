package dev.tablesmith.processor;

import java.util.Locale;

/**
 * The catalogue of everything the processor reports. Each message has a stable id, says what is wrong and how to
 * fix it; tests quote it.
 */
public enum Message {
    MODEL_KIND("TablesmithModelKind",
            "@Model cannot be used on %s %s; put it on a top-level or static nested, non-private class or record, or on an abstract class as a base whose columns and bind its @Model subclasses inherit"),
    ABSTRACT_TABLE("TablesmithAbstractModelTable",
            "@Model %s is abstract, so it has no table of its own and table = \"%s\" names nothing: an abstract @Model only passes its columns and bind on to its @Model subclasses; remove table, or make the class concrete to give it a table"),
    MISSING_ID("TablesmithMissingId",
            "@Model %s has no @Id field; add @Id to the primary-key field"),
    DUPLICATE_ID("TablesmithDuplicateId",
            "@Model %s has more than one @Id (%s and %s); a model has exactly one primary-key field"),
    UNSUPPORTED_TYPE("TablesmithUnsupportedType",
            "Field %s has type %s, which Tablesmith cannot map to a column; supported types are %s; or mark the field @Transient"),
    MODEL_FIELD("TablesmithModelField",
            "Field %s has type %s, which is a @Model: Tablesmith stores a relation as its foreign-key column and cannot load whole related objects yet; declare @References(%s.class) %s %s instead (or mark this field @Transient)"),
    MODEL_COLLECTION("TablesmithModelCollection",
            "Field %s has type %s, a collection of the @Model %s: Tablesmith stores a one-to-many relation as a foreign-key column on the other side and cannot load related objects yet; declare @References(%s.class) %s %s in %s instead, and remove this field (or mark it @Transient)"),
    INACCESSIBLE_FIELD("TablesmithInaccessibleField",
            "Field %s is private and has no accessor %s; make the field package-private or add the accessor"),
    NO_CONSTRUCTOR("TablesmithNoConstructor",
            "Tablesmith cannot construct %s: add a non-private no-argument constructor with writable fields or setters, or a non-private constructor whose parameters are the columns by name (%s)"),
    DUPLICATE_COLUMN("TablesmithDuplicateColumn",
            "Column \"%s\" of table \"%s\" is mapped by both %s and %s; rename one with @Column(name = \"...\")"),
    NAME_TOO_LONG("TablesmithNameTooLong",
            "%s name \"%s\" is %d bytes long, but PostgreSQL keeps only 63; choose a shorter name"),
    INVALID_NAME("TablesmithInvalidName",
            "%s name \"%s\" is not usable: %s"),
    RESERVED_PREFIX("TablesmithReservedPrefix",
            "%s name \"%s\" starts with \"%s\": %s; choose another name with %s"),
    DUPLICATE_TABLE("TablesmithDuplicateTable",
            "Table \"%s\" in %s is mapped by both %s and %s; rename one with @Model(table = \"...\")"),
    GENERATED_CLASS_CLASH("TablesmithGeneratedClassClash",
            "@Model %s and @Model %s would both generate %s and %s, because generated classes take the model's simple name and package; rename one of the two model classes"),
    REFERENCE_NOT_MODEL("TablesmithReferenceNotModel",
            "@References(%s.class) on %s: %s is not a @Model with a table; reference the model whose id this column holds"),
    REFERENCE_TYPE("TablesmithReferenceType",
            "Field %s has type %s but references %s, whose id has type %s; a foreign key must have the referenced id's type"),
    UNRESOLVED_TYPE("TablesmithUnresolvedType",
            "@Model %s cannot be mapped: %s does not resolve to a type; fix the compiler's \"cannot find symbol\" error for it (until every type of every model resolves, Tablesmith writes no code, schema snapshot or migration for it)"),
    REFERENCE_INVALID("TablesmithReferenceInvalid",
            "Field %s references %s, which has errors of its own; fix %s first (no code is generated for either)"),
    INDEX_UNKNOWN_COLUMN("TablesmithIndexColumn",
            "@Index on %s names \"%s\", which is not a column of the model; its columns are %s"),
    DUPLICATE_INDEX("TablesmithDuplicateIndex",
            "Two different indexes are named \"%s\" on %s; give one another name with @Index(name = \"...\")"),
    COLUMN_SIZE("TablesmithColumnSize",
            "Field %s has %s; a length and a precision must be at least 1, and a scale between 0 and the precision"),
    INVALID_DEFAULT("TablesmithInvalidDefault",
            "Field %s has @Column(defaultValue = \"%s\"): it %s; a default must be exactly one SQL expression that every supported database reads alike, such as 0, 'draft', CURRENT_TIMESTAMP or lower('X'); run any other SQL in a migration"),
    VERSION_TYPE("TablesmithVersionType",
            "@Version field %s has type %s; a version must be long, Long, int or Integer"),
    DUPLICATE_VERSION("TablesmithDuplicateVersion",
            "@Model %s has more than one @Version field; keep one"),
    MISPLACED_ANNOTATION("TablesmithMisplacedAnnotation",
            "@%s on %s is never read: Tablesmith maps fields and record components and reads no annotations of methods or parameters; move it to %s"),
    TRANSIENT_COMPONENT("TablesmithTransientComponent",
            "Record component %s cannot be @Transient: the record's constructor needs it; move it out of the record"),
    ID_NULLABLE("TablesmithNullableId",
            "@Id field %s cannot be @Column(nullable = true); a primary key is never NULL"),
    QUOTED_NAME("TablesmithQuotedName",
            "%s name \"%s\" is a reserved word on some databases; Tablesmith always quotes it, but hand-written SQL must too (silence with -Atablesmith.quotedNameWarnings=false)"),
    SCHEMA_MISSING("TablesmithSchemaMissing",
            "No schema snapshot %s for %s; create it with -Atablesmith.schemaUpdate=true, review it and commit it"),
    SCHEMA_DRIFT("TablesmithSchemaDrift",
            "The models of %s no longer match the committed schema snapshot %s:%n%s%nProposed migrations were written to %s; review them, then accept the new schema with -Atablesmith.schemaUpdate=true (or downgrade this check with -Atablesmith.schemaCheck=warn)"),
    SCHEMA_RENAME("TablesmithPossibleRename",
            "The schema change of %s drops a column while adding another, which loses the dropped column's data if it was renamed:%n%s%nIf it is a rename, annotate the field with @RenamedFrom(\"old_name\"); if the column really goes, drop it in one change and add the new one in another"),
    INVALID_OPTION("TablesmithInvalidOption",
            "Processor option %s has %s, which is not a value it takes; write %s"),
    UNKNOWN_OPTION("TablesmithUnknownOption",
            "Processor option %s is not an option of Tablesmith, so it changes nothing; %s"),
    GENERATED_NAME_TAKEN("TablesmithGeneratedNameTaken",
            "@Model %s generates %s and %s, but this compilation already declares a type of one of these names (%s); rename that type or the model"),
    SCHEMA_FILES("TablesmithSchemaFiles",
            "Tablesmith could not read or write a schema file: %s; check that -Atablesmith.schemaDir names a directory this build can write, and that the disk has room"),
    SERVICE_FILE("TablesmithServiceFile",
            "Tablesmith could not write %s, through which Database.createAll() finds the models: %s; make sure no other annotation processor or resource of this build writes that file"),
    MODULE_PROVIDES("TablesmithModuleProvides",
            "Module %s does not provide %s, so when the application runs on the module path, where ServiceLoader ignores META-INF/services, Database.createAll() finds none of these tables; %s:%n    %s"),
    // Hand-written queries (@Queries interfaces, dev.tablesmith.processor.queries)
    QUERIES_KIND("TablesmithQueriesKind",
            "@Queries cannot be used on %s %s; put it on a non-private, non-generic interface that extends no other, whose methods are @Query or @Find"),
    QUERY_OUTSIDE_QUERIES("TablesmithQueryOutsideQueries",
            "@%s on %s is never read: only the methods of a @Queries interface are implemented; annotate %s with @Queries"),
    QUERY_METHOD("TablesmithQueryMethod",
            "Method %s of a @Queries interface has neither @Query nor @Find (nor a default body); annotate it, or give it a default body"),
    QUERY_SYNTAX("TablesmithQuerySyntax",
            "@Query of %s does not parse: %s; write SQL that jOOQ's parser reads (a boolean column in a condition is written col = true)"),
    QUERY_UNKNOWN_TABLE("TablesmithQueryUnknownTable",
            "@Query of %s names a table that no @Model of this compilation maps: %s; the tables are %s"),
    QUERY_UNKNOWN_COLUMN("TablesmithQueryUnknownColumn",
            "@Query of %s names a column that none of its tables has: %s; check the spelling against the models' columns"),
    QUERY_UNBOUND_NAME("TablesmithQueryUnboundName",
            "@Query of %s uses :%s, but the method has no parameter of that name; its parameters are %s"),
    QUERY_UNUSED_PARAMETER("TablesmithQueryUnusedParameter",
            "Parameter %s of %s is never used by its @Query; refer to it as :%s, or remove it"),
    QUERY_UNMATCHED_COLUMN("TablesmithQueryUnmatchedColumn",
            "@Query of %s returns column \"%s\", which %s has no component for; its components are %s; rename the column with AS, or remove it"),
    QUERY_MISSING_COLUMN("TablesmithQueryMissingColumn",
            "@Query of %s returns no column for %s of %s; the query returns %s; select it (name it with AS if it is computed)"),
    QUERY_COLUMN_TYPE("TablesmithQueryColumnType",
            "@Query of %s returns column \"%s\" of type %s, which cannot be read into %s %s; change the component's type, or CAST the column"),
    QUERY_DIALECT("TablesmithQueryDialect",
            "@Query of %s cannot run on %s: %s; write it with constructs every supported database has (H2, SQLite, PostgreSQL, MariaDB)"),
    QUERY_RETURN("TablesmithQueryReturn",
            "Method %s returns %s, which %s; return a model, a record or class of the result columns, a single value, Optional, List, Stream or Page of those, or int/long/void for an insert, update or delete"),
    QUERY_PAGE_PARAMETERS("TablesmithQueryPageParameters",
            "Method %s returns a Page, so its last two parameters must be (int page, int perPage); add them"),
    QUERY_PARAMETER_TYPE("TablesmithQueryParameterType",
            "Parameter %s of %s has type %s, which Tablesmith cannot bind; supported types are %s"),
    FIND_UNKNOWN_COLUMN("TablesmithFindUnknownColumn",
            "Parameter %s of @Find %s names no column of %s; name it after one of its columns (by property or column name): %s"),
    INTERNAL_ERROR("TablesmithInternalError",
            "Tablesmith could not process %s because of an unexpected error; please report it with this trace:%n%s");

    private final String id;
    private final String format;

    Message(String id, String format) {
        this.id = id;
        this.format = format;
    }

    /** The stable id, e.g. {@code TablesmithMissingId}. */
    public String id() {
        return id;
    }

    /** The full text, e.g. {@code [TablesmithMissingId] @Model User has no @Id field; ...}. */
    public String format(Object... args) {
        return "[" + id + "] " + String.format(Locale.ROOT, format, args);
    }
}
