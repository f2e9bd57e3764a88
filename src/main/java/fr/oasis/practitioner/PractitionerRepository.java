package fr.oasis.practitioner;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PractitionerRepository extends JpaRepository<Practitioner, Long> {
    /**
     * The fields of {@link PractitionerRow} in storage order, as columns rather than entities: the
     * practitioners of a vintage are only read, so there is nothing for the persistence context to
     * track (100,000 of them at the France scale).
     */
    @Query("select p.sourceId, p.profession, p.specialty, p.communeCode, p.location, p.activity, p.age,"
            + " p.countBased from Practitioner p where p.vintageId = :vintageId order by p.id")
    List<Object[]> rowsOf(long vintageId);

    @Query("select distinct p.profession from Practitioner p where p.vintageId = :vintageId")
    List<String> professionsOf(long vintageId);
}
