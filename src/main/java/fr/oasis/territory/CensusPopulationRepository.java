package fr.oasis.territory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CensusPopulationRepository extends JpaRepository<CensusPopulation, CensusPopulation.Key> {

    @Query("select p from CensusPopulation p where p.communeCode in :codes")
    List<CensusPopulation> findByCommunes(java.util.Collection<String> codes);

    @Query("select p from CensusPopulation p")
    List<CensusPopulation> findAllRows();

    @Modifying
    @Query("delete from CensusPopulation")
    int deleteAllRows();
}
