package com.cataloggraph.ingest.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;

/**
 * The real driver, with every write transaction counted: what "a run over unchanged files writes
 * nothing" is measured with. Reads and writes still go to the real database.
 */
public final class WriteCountingDriver {

    private final AtomicLong writes = new AtomicLong();

    public long writes() {
        return writes.get();
    }

    public Driver wrap(Driver driver) {
        return proxy(Driver.class, driver, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Session session ? proxy(Session.class, session, this::countWrites) : result;
        });
    }

    private Object countWrites(Object session, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("executeWrite") || method.getName().equals("beginTransaction")) {
            writes.incrementAndGet();
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
