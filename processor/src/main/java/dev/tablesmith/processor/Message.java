package dev.tablesmith.processor;

import java.util.Locale;

/**
 * The catalogue of everything the processor reports. Each message has a stable id, says what is wrong and how to
 * fix it; tests quote it.
 */
enum Message {
    MODEL_KIND("TablesmithModelKind",
            "@Model cannot be used on %s %s; put it on a top-level or static nested, non-private class or record, or on an abstract class as a base whose columns and bind its @Model subclasses inherit"),
    ABSTRACT_TABLE("TablesmithAbstractModelTable",
            "@Model %s is abstract, so it has no table of its own and table = \"%s\" names nothing: an abstract @Model only passes its columns and bind on to its @Model subclasses; remove table, or make the class concrete to give it a table"),
    MISSING_ID("TablesmithMissingId",
            "@Model %s has no @Id field; add @Id to the primary-key field"),
    COMPOSITE_ID_GENERATED("TablesmithCompositeIdGenerated",
            "@Id field %s is part of the composite primary key of %s (%s), whose values the application chooses; remove generated = true"),
    REFERENCE_COMPOSITE("TablesmithReferenceComposite",
            "@References(%s.class) on %s: %s has a composite primary key (%s), and a foreign key holds one column; reference a model with a single @Id, or reference each key column's own model"),
    UNSUPPORTED_TYPE("TablesmithUnsupportedType",
            "Field %s has type %s, which Tablesmith cannot map to a column; supported types are %s; or mark the field @Transient"),
    MODEL_FIELD("TablesmithModelField",
            "Field %s has type %s, which is a @Model and cannot be a column: annotate it @Related to load the related %s explicitly through a foreign-key column of this model, @References(%s.class) %s %s (or mark this field @Transient)"),
    MODEL_COLLECTION("TablesmithModelCollection",
            "Field %s has type %s, a collection of the @Model %s, which cannot be a column: declare it @Related List<%s> to load them explicitly through a foreign-key column of %s, @References(%s.class) %s %s (or mark this field @Transient)"),
    RELATED_NOT_MODEL("TablesmithRelatedNotModel",
            "@Related field %s holds %s, which is not a concrete @Model; a relation holds a @Model or a List of one"),
    RELATED_COLLECTION("TablesmithRelatedCollection",
            "@Related field %s has type %s; declare it as %s (List<X>), which Tablesmith fills, or as a single @Model"),
    RELATED_NO_KEY("TablesmithRelatedNoKey",
            "@Related field %s: %s has no @References(%s.class) property linking the two models; add one (@References(%s.class) on a column of %s)"),
    RELATED_AMBIGUOUS("TablesmithRelatedAmbiguous",
            "@Related field %s: %s has several @References(%s.class) properties (%s); choose one with @Related(via = \"...\")"),
    RELATED_VIA_UNKNOWN("TablesmithRelatedVia",
            "@Related(via = \"%s\") on %s: %s has no @References(%s.class) property of that name; its candidates are %s"),
    RELATED_THROUGH("TablesmithRelatedThrough",
            "@Related field %s cannot go through %s: %s"),
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
    CONVERT_KEY("TablesmithConvertKey",
            "Field %s cannot be @Convert: converters are not supported on the @Id or the @Version; store the id or version as a type Tablesmith maps"),
    CONVERTER_USER_TYPE("TablesmithConverterUserType",
            "Field %s has type %s, but converter %s converts to %s; use a converter to the field's type, or change the field's type"),
    CONVERTER_DATABASE_TYPE("TablesmithConverterDatabaseType",
            "Converter %s converts from %s, which Tablesmith cannot map to a column; its database type must be one of %s"),
    CONVERTER_CONSTRUCTOR("TablesmithConverterConstructor",
            "Converter %s cannot be created by generated code in package %s; make it a concrete top-level or static nested class with a no-argument constructor, both public or in that package"),
    EMBEDDED_TYPE("TablesmithEmbeddedType",
            "Field %s cannot be @Embedded: its type %s %s; embed a record, or a class with a no-argument constructor and writable fields"),
    EMBEDDED_COMPONENT("TablesmithEmbeddedComponent",
            "Field %s embeds %s, whose component %s %s"),
    JSON_TYPE("TablesmithJsonType",
            "Field %s has type %s, but a @Json column holds its document as a String; declare the field String"),
    JSON_KEY("TablesmithJsonKey",
            "@Json field %s cannot be %s: MariaDB/MySQL keep JSON in a text type that a key or index cannot cover whole; index a column derived from the document instead"),
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
    INTERNAL_ERROR("TablesmithInternalError",
            "Tablesmith could not process %s because of an unexpected error; please report it with this trace:%n%s");

    private final String id;
    private final String format;

    Message(String id, String format) {
        this.id = id;
        this.format = format;
    }

    /** The stable id, e.g. {@code TablesmithMissingId}. */
    String id() {
        return id;
    }

    /** The full text, e.g. {@code [TablesmithMissingId] @Model User has no @Id field; ...}. */
    String format(Object... args) {
        return "[" + id + "] " + String.format(Locale.ROOT, format, args);
    }
}
