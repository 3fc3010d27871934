package org.zhulian.system.graphql;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.function.Function;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

/** The schema's {@code Date} and {@code DateTime} scalars: ISO-8601 strings on the wire. */
final class Scalars {

    static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
            .name("Date")
            .description("A calendar date, ISO-8601")
            .coercing(new IsoCoercing<>(LocalDate.class, LocalDate::parse))
            .build();

    static final GraphQLScalarType DATE_TIME = GraphQLScalarType.newScalar()
            .name("DateTime")
            .description("An instant with offset, ISO-8601")
            .coercing(new IsoCoercing<>(OffsetDateTime.class, OffsetDateTime::parse))
            .build();

    private Scalars() {
    }

    private record IsoCoercing<T extends TemporalAccessor>(Class<T> type, Function<String, T> parser)
            implements Coercing<T, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof ZonedDateTime zoned) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(zoned);
            }
            if (value instanceof OffsetDateTime dateTime) {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime);
            }
            if (type.isInstance(value)) {
                return value.toString();
            }
            throw new CoercingSerializeException("Expected a " + type.getSimpleName());
        }

        @Override
        public T parseValue(Object input, GraphQLContext context, Locale locale) {
            if (input instanceof String text) {
                try {
                    return parser.apply(text);
                } catch (DateTimeParseException e) {
                    throw new CoercingParseValueException("Not an ISO-8601 " + type.getSimpleName());
                }
            }
            throw new CoercingParseValueException("Expected an ISO-8601 string");
        }

        @Override
        public T parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
            if (input instanceof StringValue text) {
                try {
                    return parser.apply(text.getValue());
                } catch (DateTimeParseException e) {
                    throw new CoercingParseLiteralException("Not an ISO-8601 " + type.getSimpleName());
                }
            }
            throw new CoercingParseLiteralException("Expected an ISO-8601 string");
        }
    }
}
