package st.libreho.platform.web.errors;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Which query or path parameter of a request did not convert to the type its resource method declares
 * ({@code ?page=abc}, {@code ?size=99999999999} for an int). JAX-RS answers such a request 404, as if the page did
 * not exist; the exception mappers answer 400 instead and name the parameter found here.
 */
final class UnreadableParameters {

    private UnreadableParameters() {
    }

    static Optional<String> first(Method method, UriInfo uri) {
        if (method == null) {
            return Optional.empty();
        }
        for (Parameter parameter : method.getParameters()) {
            Optional<String> unreadable = parameter.isAnnotationPresent(BeanParam.class)
                    ? inBean(parameter.getType(), uri)
                    : unreadable(parameter, parameter.getName(), parameter.getType(), uri);
            if (unreadable.isPresent()) {
                return unreadable;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inBean(Class<?> bean, UriInfo uri) {
        for (Class<?> type = bean; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                Optional<String> unreadable = unreadable(field, field.getName(), field.getType(), uri);
                if (unreadable.isPresent()) {
                    return unreadable;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unreadable(AnnotatedElement element, String javaName, Class<?> type, UriInfo uri) {
        MultivaluedMap<String, String> values;
        String name;
        if (element.isAnnotationPresent(RestQuery.class) || element.isAnnotationPresent(QueryParam.class)) {
            values = uri.getQueryParameters();
            name = nameOf(element.getAnnotation(RestQuery.class), element.getAnnotation(QueryParam.class), javaName);
        } else if (element.isAnnotationPresent(RestPath.class) || element.isAnnotationPresent(PathParam.class)) {
            values = uri.getPathParameters();
            name = nameOf(element.getAnnotation(RestPath.class), element.getAnnotation(PathParam.class), javaName);
        } else {
            return Optional.empty();
        }
        Class<?> target = boxed(type);
        for (String value : values.getOrDefault(name, List.of())) {
            if (!converts(target, value)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static String nameOf(Annotation rest, Annotation jaxrs, String javaName) {
        String declared = rest instanceof RestQuery query ? query.value()
                : rest instanceof RestPath path ? path.value()
                : jaxrs instanceof QueryParam query ? query.value()
                : jaxrs instanceof PathParam path ? path.value() : "";
        return declared.isEmpty() ? javaName : declared;
    }

    /** As JAX-RS converts: through the type's static valueOf(String), which numbers and enums have. */
    private static boolean converts(Class<?> type, String value) {
        if (type == String.class || value == null || value.isEmpty()) {
            return true;
        }
        try {
            type.getMethod("valueOf", String.class).invoke(null, value);
            return true;
        } catch (InvocationTargetException refused) {
            return false;
        } catch (ReflectiveOperationException | RuntimeException cannotTell) {
            return true;
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            default -> String.class;
        };
    }
}
