package org.onecsync.cli;

import picocli.CommandLine;

/** Reports the version from the jar's manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = OnecSync.class.getPackage().getImplementationVersion();
        return new String[] {"onec-sync " + (version == null ? "(development build)" : version)};
    }
}
