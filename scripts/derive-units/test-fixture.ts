/**
 * Fixtures in the shape of the source JSON, shared by the module tests: Trà Vinh (84) and Vĩnh Long
 * (86) → Vĩnh Long (86), with 29489 reused (Xã Hàm Tân before, Xã Hàm Giang after); Quảng Ngãi (51,
 * with the commune-less island district Lý Sơn) and Kon Tum (62) → Quảng Ngãi (51).
 */
import type { Sources } from './sources.ts';

/** A fresh copy of the fixture sources, safe to mutate in a test. */
export const fixture = (): Sources => ({
  current: [
    {
      Code: '86',
      Name: 'Vĩnh Long',
      FullName: 'Tỉnh Vĩnh Long',
      Wards: [
        { Code: '29489', Name: 'Hàm Giang', FullName: 'Xã Hàm Giang', ProvinceCode: '86' },
        { Code: '29461', Name: 'Trà Cú', FullName: 'Xã Trà Cú', ProvinceCode: '86' },
      ],
    },
    {
      Code: '51',
      Name: 'Quảng Ngãi',
      FullName: 'Tỉnh Quảng Ngãi',
      Wards: [
        { Code: '21548', Name: 'Lý Sơn', FullName: 'Đặc khu Lý Sơn', ProvinceCode: '51' },
        { Code: '23284', Name: 'Kon Tum', FullName: 'Phường Kon Tum', ProvinceCode: '51' },
      ],
    },
  ],
  old: [
    {
      Code: '86',
      Name: 'Vĩnh Long',
      FullName: 'Tỉnh Vĩnh Long',
      District: [{ Code: '855', Name: 'Vĩnh Long', FullName: 'Thành phố Vĩnh Long', Ward: [{ Code: '29590', Name: '1', FullName: 'Phường 1' }] }],
    },
    {
      Code: '84',
      Name: 'Trà Vinh',
      FullName: 'Tỉnh Trà Vinh',
      District: [
        {
          Code: '849',
          Name: 'Trà Cú',
          FullName: 'Huyện Trà Cú',
          Ward: [
            { Code: '29489', Name: 'Hàm Tân', FullName: 'Xã Hàm Tân' },
            { Code: '29461', Name: 'Trà Cú', FullName: 'Thị trấn Trà Cú' },
            { Code: '29488', Name: 'Hàm Giang', FullName: 'Xã Hàm Giang' },
          ],
        },
      ],
    },
    {
      Code: '51',
      Name: 'Quảng Ngãi',
      FullName: 'Tỉnh Quảng Ngãi',
      District: [{ Code: '536', Name: 'Lý Sơn', FullName: 'Huyện Lý Sơn', Ward: null }],
    },
    {
      Code: '62',
      Name: 'Kon Tum',
      FullName: 'Tỉnh Kon Tum',
      District: [{ Code: '608', Name: 'Kon Tum', FullName: 'Thành phố Kon Tum', Ward: [{ Code: '23284', Name: 'Quyết Thắng', FullName: 'Phường Quyết Thắng' }] }],
    },
  ],
  splits: {
    data: [
      { level1_id: '51', name: 'Tỉnh Quảng Ngãi', splits: [{ new_id: '51' }], level2s: [{ level2_id: '536', name: 'Huyện Lý Sơn', splits: [{ new_id: '21548' }] }], level3s: [] },
      { level1_id: '62', name: 'Tỉnh Kon Tum', splits: [{ new_id: '51' }], level3s: [{ level3_id: '23284', name: 'Phường Quyết Thắng', splits: [{ new_id: '23284' }] }] },
      {
        level1_id: '84',
        name: 'Tỉnh Trà Vinh',
        splits: [{ new_id: '86' }],
        level3s: [
          { level3_id: '29461', name: 'Thị trấn Trà Cú', splits: [{ new_id: '29461' }] },
          { level3_id: '29488', name: 'Xã Hàm Giang', splits: [{ new_id: '29489' }] },
          { level3_id: '29489', name: 'Xã Hàm Tân', splits: [{ new_id: '29489' }] },
        ],
      },
      { level1_id: '86', name: 'Tỉnh Vĩnh Long', splits: [{ new_id: '86' }], level3s: [{ level3_id: '29590', name: 'Phường 1', splits: [{ new_id: '29461' }, { new_id: '29489' }] }] },
    ],
  },
  merges: {
    data: [
      {
        level1_id: '86',
        name: 'Tỉnh Vĩnh Long',
        merges: [
          { old_id: '84', type: 'full' },
          { old_id: '86', type: 'full' },
        ],
        level2s: [
          { level2_id: '29489', name: 'Xã Hàm Giang', merges: [{ old_id: '29488', name: 'Xã Hàm Giang', type: 'full' }, { old_id: '29489', name: 'Xã Hàm Tân', type: 'full' }, { old_id: '29590', name: 'Phường 1', type: 'partial' }] },
          { level2_id: '29461', name: 'Xã Trà Cú', merges: [{ old_id: '29461', name: 'Thị trấn Trà Cú', type: 'full' }, { old_id: '29590', name: 'Phường 1', type: 'partial' }] },
        ],
      },
      {
        level1_id: '51',
        name: 'Tỉnh Quảng Ngãi',
        merges: [
          { old_id: '51', type: 'full' },
          { old_id: '62', type: 'full' },
        ],
        level2s: [
          { level2_id: '21548', name: 'Đặc khu Lý Sơn', merges: [{ old_id: '536', name: 'Huyện Lý Sơn', type: 'full' }] },
          { level2_id: '23284', name: 'Phường Kon Tum', merges: [{ old_id: '23284', name: 'Phường Quyết Thắng', type: 'full' }] },
        ],
      },
    ],
  },
});
