package dev.tablesmith;

/** A {@link Database} was configured with a missing or invalid setting; the message names the setting. */
public class ConfigurationException extends TablesmithException {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
