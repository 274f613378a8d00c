package io.github.aimilestones.data.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Builds records through {@link Constructor#newInstance}. Jackson 3 calls a record's constructor through
 * {@code MethodHandle.invokeWithArguments}, which adapts the handle to the arguments on every call: about a tenth
 * of the reading, and the slowest part of it before the JIT has compiled it, which is all a short run sees.
 * Internal: not part of the API.
 */
final class RecordCreators extends SimpleModule {

    RecordCreators() {
        super("record-creators");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new Instantiators());
    }

    /** Replaces Jackson's instantiator of a record, and of nothing else. */
    private static final class Instantiators implements ValueInstantiators {
        @Override
        public @Nullable ValueInstantiator findValueInstantiator(DeserializationConfig config,
                BeanDescription.Supplier description) {
            return null;  // Jackson's own, which modifyValueInstantiator then sees
        }

        @Override
        public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
                BeanDescription.Supplier description, ValueInstantiator instantiator) {
            if (description.getBeanClass().isRecord() && instantiator.getClass() == StdValueInstantiator.class
                    && instantiator.canCreateFromObjectWith()
                    && ((StdValueInstantiator) instantiator).getWithArgsCreator() instanceof AnnotatedConstructor creator) {
                return new Direct((StdValueInstantiator) instantiator, creator.getAnnotated());
            }
            return instantiator;
        }
    }

    /** Jackson's instantiator, with the constructor called directly. */
    private static final class Direct extends StdValueInstantiator {
        private final Constructor<?> constructor;

        Direct(StdValueInstantiator jackson, Constructor<?> constructor) {
            super(jackson);
            this.constructor = constructor;
        }

        @Override
        public Object createFromObjectWith(DeserializationContext context, Object[] arguments) {
            Throwable problem;
            try {
                return constructor.newInstance(arguments);
            } catch (InvocationTargetException e) {  // what the record's constructor threw, handled as Jackson does
                problem = e.getCause();
            } catch (ReflectiveOperationException | IllegalArgumentException e) {
                problem = e;
            }
            return context.handleInstantiationProblem(_valueClass, arguments, rewrapCtorProblem(context, problem));
        }
    }
}
