package st.libreho.directory.internal.api;

import st.libreho.platform.InvalidInputException;

/** Small checks shared by the directory's resources. */
final class ApiSupport {

    private ApiSupport() {
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "'" + value + "' is not one of "
                    + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
