package fr.oasis.territory;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CommuneAliasRepository extends JpaRepository<CommuneAlias, String> {
    @Modifying
    @Query("delete from CommuneAlias")
    int deleteAllRows();
}
