package vn.hungyen.khcn.content.service;

import java.util.List;
import org.springframework.data.repository.Repository;
import vn.hungyen.khcn.content.domain.EditRecord;

/** The editorial history; records are only ever added. */
public interface EditRecordRepository extends Repository<EditRecord, Long> {

    EditRecord save(EditRecord record);

    List<EditRecord> findByItemIdOrderByEditedAtDescIdDesc(long itemId);
}
