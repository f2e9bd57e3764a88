package fr.oasis.territory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A former commune code and the current commune it now belongs to. */
@Entity
@Table(name = "commune_alias")
class CommuneAlias {
    @Id
    private String code;
    @Column(name = "current_code", nullable = false)
    private String currentCode;

    protected CommuneAlias() {
    }

    CommuneAlias(String code, String currentCode) {
        this.code = code;
        this.currentCode = currentCode;
    }

    String code() {
        return code;
    }

    String currentCode() {
        return currentCode;
    }
}
