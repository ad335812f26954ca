package dev.modelyard.monitoring.retrain;

import dev.modelyard.core.error.ErrorCode;
import dev.modelyard.core.error.ModelyardException;
import dev.modelyard.scoring.bundle.ModelBundle;
import dev.modelyard.serving.reload.RegistryBundles;
import dev.modelyard.tracking.api.ModelVersion;
import dev.modelyard.tracking.api.TrackingConnection;

/**
 * The champion, loaded: its bundle and, for a registered model, the model name and the version its alias points at.
 *
 * @param ref     how it was named
 * @param bundle  the bundle
 * @param name    registered model name (null for a bundle file)
 * @param version registry version (null for a bundle file)
 */
record Champion(ChampionRef ref, ModelBundle bundle, String name, String version) {
    /** Loads the champion; a registered one needs {@code tracking} (the registry and artifact store). */
    static Champion resolve(ChampionRef ref, TrackingConnection tracking) {
        return switch (ref) {
            case ChampionRef.BundleFile f -> new Champion(ref, ModelBundle.read(f.path()), null, null);
            case ChampionRef.Registered r -> {
                if (tracking == null) {
                    throw ModelyardException.invalid("champion " + r.label() + " is a registered model: give the tracking"
                            + " store that holds its registry (--tracking-uri), or a bundle file");
                }
                ModelVersion v;
                try {
                    v = tracking.registry().getModelVersionByAlias(r.ref().name(), r.ref().alias());
                } catch (ModelyardException e) {
                    if (e.code() != ErrorCode.NOT_FOUND) {
                        throw e;
                    }
                    throw ModelyardException.notFound("champion " + r.label() + " not found in the model registry: " + e.getMessage());
                }
                ModelBundle bundle = new RegistryBundles(tracking.tracking(), tracking.artifacts()).load(v).bundle();
                yield new Champion(ref, bundle, v.name(), v.version());
            }
        };
    }

    boolean registered() {
        return name != null;
    }
}
