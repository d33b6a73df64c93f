package nl.casusregie.platform;

/**
 * A feature's contribution to the engine's configuration: the backing class of its process,
 * whose static {@link Variable}s declare the routing facts the engine may keep. Platform
 * configures the engine from these beans without knowing the features.
 */
public interface ProcessBacking {

    Class<?> backingClass();
}
