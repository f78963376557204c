package com.cataloggraph.model.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Arrays;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * The real driver, with every call on every session it opens shown to a hook first: what the test
 * drivers that record, count or cut off transactions are made of. Everything still reaches the real
 * database.
 */
public final class InterceptedDriver {

    /** Sees a session call before it runs; may throw to make the call fail. */
    @FunctionalInterface
    public interface SessionHook {

        /**
         * @param sessionMode the session's default access mode (what its explicit and auto-commit transactions get)
         * @param method      the {@link Session} method called, e.g. {@code executeWrite}, {@code beginTransaction}
         */
        void before(AccessMode sessionMode, Method method);
    }

    private InterceptedDriver() {
    }

    public static Driver wrap(Driver driver, SessionHook hook) {
        return proxy(Driver.class, driver, (method, args) -> {
            Object result = invoke(driver, method, args);
            if (result instanceof Session session) {
                AccessMode mode = Arrays.stream(args == null ? new Object[0] : args)
                        .filter(SessionConfig.class::isInstance).map(SessionConfig.class::cast)
                        .map(SessionConfig::defaultAccessMode).findFirst().orElse(AccessMode.WRITE);
                return proxy(Session.class, session, (call, callArgs) -> {
                    hook.before(mode, call);
                    return invoke(session, call, callArgs);
                });
            }
            return result;
        });
    }

    private interface Handler {
        Object handle(Method method, Object[] args) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> handler.handle(method, args)));
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
