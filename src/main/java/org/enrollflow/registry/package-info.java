/**
 * The registries the checks consult (identity and hukou, residence permits, real estate, filed
 * purchase contracts, disability, social insurance, school catchments), behind one port:
 * {@link org.enrollflow.registry.RegistryGateway}.
 * <p>
 * By default the registry is embedded: administrators import each dataset as CSV
 * ({@code POST /api/admin/registry/{dataset}}, see {@link org.enrollflow.registry.RegistryImports}),
 * and ID numbers are stored encrypted with a keyed hash for look-ups. With
 * {@code enrollflow.registry.mode=http} the same port calls a government data exchange over HTTP
 * instead.
 */
package org.enrollflow.registry;
