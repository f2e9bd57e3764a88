package fr.oasis.territory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link TerritoryLevel} as its URL key ("commune", "epci"...), the spelling used everywhere else. */
@Converter
class TerritoryLevelConverter implements AttributeConverter<TerritoryLevel, String> {
    @Override
    public String convertToDatabaseColumn(TerritoryLevel level) {
        return level == null ? null : level.key();
    }

    @Override
    public TerritoryLevel convertToEntityAttribute(String key) {
        return key == null ? null : TerritoryLevel.fromKey(key);
    }
}
