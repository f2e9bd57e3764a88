package fr.oasis.practitioner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PractitionerRepository extends JpaRepository<Practitioner, Long> {
    @Query("select p from Practitioner p where p.vintageId = :vintageId order by p.id")
    List<Practitioner> ofVintage(long vintageId);

    @Query("select distinct p.profession from Practitioner p where p.vintageId = :vintageId")
    List<String> professionsOf(long vintageId);
}
