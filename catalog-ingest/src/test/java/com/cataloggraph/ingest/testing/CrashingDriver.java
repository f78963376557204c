package com.cataloggraph.ingest.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The real driver up to the n-th write transaction, then nothing at all: what the database holds
 * when the process is killed just before that transaction commits (Neo4j rolls an uncommitted
 * transaction back, so a kill inside one is the same as a kill before it). Every later call fails,
 * reads included, as they would in a dead process.
 */
public final class CrashingDriver {

    /** Never crashes: counts the writes a whole run takes. */
    public static final long NEVER = Long.MAX_VALUE;

    private final long crashAt;
    private final AtomicLong writes = new AtomicLong();
    private volatile boolean crashed;

    /** @param crashAt the write transaction (1-based) that never happens, or {@link #NEVER} */
    public CrashingDriver(long crashAt) {
        this.crashAt = crashAt;
    }

    /** Write transactions that committed. */
    public long committedWrites() {
        return crashed ? writes.get() - 1 : writes.get();
    }

    public boolean crashed() {
        return crashed;
    }

    public Driver wrap(Driver driver) {
        return proxy(Driver.class, driver, (target, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Session session ? proxy(Session.class, session, this::sessionCall) : result;
        });
    }

    private Object sessionCall(Object session, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("close")) {
            return invoke(session, method, args);
        }
        if (!crashed && (method.getName().equals("executeWrite") || method.getName().equals("beginTransaction"))
                && writes.incrementAndGet() >= crashAt) {
            crashed = true;
        }
        if (crashed) {
            throw new ServiceUnavailableException("simulated crash before write transaction " + crashAt);
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
