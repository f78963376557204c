package com.cataloggraph.model.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The real driver, with every transaction any session of it opens recorded: its access mode, and
 * whether the driver manages it (and so retries it on transient failures) or the caller does. What
 * "every read runs in a read transaction" is proved with, whoever opened the session.
 */
public final class TransactionRecorder {

    /** How a transaction was opened. */
    public enum Opened {
        /** {@code executeRead}/{@code executeWrite}: retried by the driver on transient failures. */
        MANAGED,
        /** {@code beginTransaction}: the caller commits or rolls back; nothing is retried. */
        EXPLICIT,
        /** {@code session.run}: one statement in its own transaction. */
        AUTO_COMMIT
    }

    /** One transaction: what the database was told it may do, and how it was opened. */
    public record Recorded(AccessMode mode, Opened opened) {
    }

    private final List<Recorded> transactions = new CopyOnWriteArrayList<>();

    public Driver wrap(Driver driver) {
        return proxy(Driver.class, driver, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Session session) {
                AccessMode mode = Arrays.stream(args == null ? new Object[0] : args)
                        .filter(SessionConfig.class::isInstance).map(SessionConfig.class::cast)
                        .map(SessionConfig::defaultAccessMode).findFirst().orElse(AccessMode.WRITE);
                return proxy(Session.class, session, (s, call, callArgs) -> record(mode, s, call, callArgs));
            }
            return result;
        });
    }

    /** Every transaction so far, in order. */
    public List<Recorded> transactions() {
        return List.copyOf(transactions);
    }

    public void clear() {
        transactions.clear();
    }

    private Object record(AccessMode sessionMode, Object session, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.startsWith("executeRead")) {
            transactions.add(new Recorded(AccessMode.READ, Opened.MANAGED));
        } else if (name.startsWith("executeWrite")) {
            transactions.add(new Recorded(AccessMode.WRITE, Opened.MANAGED));
        } else if (name.equals("beginTransaction")) {
            transactions.add(new Recorded(sessionMode, Opened.EXPLICIT));
        } else if (name.equals("run")) {
            transactions.add(new Recorded(sessionMode, Opened.AUTO_COMMIT));
        }
        return invoke(session, method, args);
    }

    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(target, method, args)));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
