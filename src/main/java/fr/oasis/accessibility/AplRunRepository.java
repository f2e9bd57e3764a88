package fr.oasis.accessibility;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AplRunRepository extends JpaRepository<AplRun, Long> {
    @Query("select r from AplRun r where r.vintageId = :vintageId order by r.profession, r.variant")
    List<AplRun> ofVintage(long vintageId);

    @Query("select r from AplRun r where r.vintageId = :vintageId and r.profession = :profession and r.variant = :variant")
    Optional<AplRun> find(long vintageId, String profession, AplVariant variant);

    @Modifying
    @Query("delete from AplRun r where r.vintageId = :vintageId")
    int deleteOfVintage(long vintageId);
}
