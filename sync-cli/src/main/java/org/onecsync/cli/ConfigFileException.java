package org.onecsync.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A config file that cannot be used: unreadable, not UTF-8, an unknown key, a secret readable by others. A usage
 * error (exit 2) shown as one line, without the pointer to {@code --help}: the fix is in the file.
 */
final class ConfigFileException extends ParameterException {

    private static final long serialVersionUID = 1L;

    ConfigFileException(CommandLine commandLine, String message) {
        super(commandLine, message);
    }
}
