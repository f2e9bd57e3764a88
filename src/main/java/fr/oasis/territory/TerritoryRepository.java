package fr.oasis.territory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TerritoryRepository extends JpaRepository<Territory, Long> {

    @Query("select t.level, count(t) from Territory t group by t.level")
    List<Object[]> countByLevel();

    Optional<Territory> findByLevelAndCode(TerritoryLevel level, String code);

    @Query("""
            select t from Territory t
            where t.level = :level
              and (:q = '' or t.searchName like concat('%', :q, '%') or t.code like concat(:codePrefix, '%'))
            order by t.name""")
    List<Territory> search(TerritoryLevel level, String q, String codePrefix, Pageable page);

    @Query("""
            select t from Territory t
            where t.level = fr.oasis.territory.TerritoryLevel.COMMUNE
              and ((:level = 'epci' and t.epciCode = :code)
                or (:level = 'departement' and t.departementCode = :code)
                or (:level = 'region' and t.regionCode = :code))
            order by t.name""")
    List<Territory> communesOf(String level, String code);

    @Query("""
            select t from Territory t
            where t.level = fr.oasis.territory.TerritoryLevel.EPCI
              and ((:level = 'departement' and t.departementCode = :code)
                or (:level = 'region' and t.regionCode = :code))
            order by t.name""")
    List<Territory> epcisOf(String level, String code);

    @Query("""
            select distinct c.departementCode from Territory c
            where c.level = fr.oasis.territory.TerritoryLevel.COMMUNE and c.epciCode = :epciCode""")
    List<String> departementsOfEpci(String epciCode);

    @Query("select t from Territory t where t.level = :level order by t.code")
    List<Territory> findAllOfLevel(TerritoryLevel level);

    @Query("select t.code, t.name, t.population from Territory t where t.level = :level")
    List<Object[]> labelsOfLevel(TerritoryLevel level);

    @Query("""
            select t.code, t.name, t.refPoint, t.population, t.epciCode, t.departementCode, t.regionCode
            from Territory t where t.level = fr.oasis.territory.TerritoryLevel.COMMUNE order by t.code""")
    List<Object[]> communePoints();

    @Query("select t.code, t.name, t.population, t.areaKm2 from Territory t where t.level = :level order by t.code")
    List<Object[]> figuresOfLevel(TerritoryLevel level);

    @Query("select t from Territory t where t.level = fr.oasis.territory.TerritoryLevel.COMMUNE and t.code in :codes")
    List<Territory> findCommunes(java.util.Collection<String> codes);

    @Modifying
    @Query("delete from Territory")
    int deleteAllRows();
}
