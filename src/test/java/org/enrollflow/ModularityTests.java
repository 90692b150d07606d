package org.enrollflow;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

	/**
	 * Where the build put the test classes: {@code -Denrollflow.build.dir} moves them out of
	 * {@code target/test-classes}, where Spring Modulith would recognize and skip them by itself.
	 */
	static final URI testClasses = testClasses();

	static final ApplicationModules modules = ApplicationModules.of(EnrollFlowApplication.class,
			location -> !location.asURI().toString().startsWith(testClasses.toString()));

	@Test
	void keepsModuleBoundaries() {
		modules.verify();
	}

	/** The module diagrams (PlantUML) as build output; the Javadoc canvases are left out. */
	@Test
	void writesModuleDiagrams() {
		String folder = Path.of(testClasses).resolveSibling("spring-modulith-docs").toString();
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder)).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
	}

	private static URI testClasses() {
		try {
			return ModularityTests.class.getProtectionDomain().getCodeSource().getLocation().toURI();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
