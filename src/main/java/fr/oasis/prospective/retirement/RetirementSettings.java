package fr.oasis.prospective.retirement;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the retirement projection ({@code oasis.prospective.*}), checked at start-up.
 *
 * @param retirementAge age at which a practitioner is assumed to stop, in years (default 67,
 *                      the age of a full-rate pension; from 55 to 75)
 */
@ConfigurationProperties("oasis.prospective")
public record RetirementSettings(Integer retirementAge) {
    public RetirementSettings {
        retirementAge = retirementAge == null ? 67 : retirementAge;
        if (retirementAge < 55 || retirementAge > 75) {
            throw new IllegalArgumentException("oasis.prospective.retirement-age must be between 55 and 75, not "
                    + retirementAge);
        }
    }
}
