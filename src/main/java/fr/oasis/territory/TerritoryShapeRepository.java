package fr.oasis.territory;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TerritoryShapeRepository extends JpaRepository<TerritoryShape, TerritoryShape.Key> {

    @Query("select s from TerritoryShape s where s.level = :level and s.zoomClass = :zoomClass order by s.code")
    List<TerritoryShape> findLevel(String level, short zoomClass);

    @Modifying
    @Query("delete from TerritoryShape")
    int deleteAllRows();
}
