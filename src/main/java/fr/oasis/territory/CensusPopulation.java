package fr.oasis.territory;

import fr.oasis.provenance.Dataset;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Census population of one commune by the six APL age bands. */
@Entity
@Table(name = "population_by_age")
@IdClass(CensusPopulation.Key.class)
class CensusPopulation {
    @Id
    @Column(name = "commune_code")
    private String communeCode;
    @Id
    @Column(name = "census_year")
    private int censusYear;
    @Column(name = "pop_0_14")
    private double pop0to14;
    @Column(name = "pop_15_29")
    private double pop15to29;
    @Column(name = "pop_30_44")
    private double pop30to44;
    @Column(name = "pop_45_59")
    private double pop45to59;
    @Column(name = "pop_60_74")
    private double pop60to74;
    @Column(name = "pop_75p")
    private double pop75plus;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dataset_id")
    private Dataset dataset;

    protected CensusPopulation() {
    }

    CensusPopulation(String communeCode, int censusYear, double[] bands, Dataset dataset) {
        this.communeCode = communeCode;
        this.censusYear = censusYear;
        this.pop0to14 = bands[0];
        this.pop15to29 = bands[1];
        this.pop30to44 = bands[2];
        this.pop45to59 = bands[3];
        this.pop60to74 = bands[4];
        this.pop75plus = bands[5];
        this.dataset = dataset;
    }

    String communeCode() {
        return communeCode;
    }

    int censusYear() {
        return censusYear;
    }

    double[] bands() {
        return new double[] {pop0to14, pop15to29, pop30to44, pop45to59, pop60to74, pop75plus};
    }

    Dataset dataset() {
        return dataset;
    }

    static class Key implements Serializable {
        private String communeCode;
        private int censusYear;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.communeCode.equals(communeCode) && k.censusYear == censusYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(communeCode, censusYear);
        }
    }
}
